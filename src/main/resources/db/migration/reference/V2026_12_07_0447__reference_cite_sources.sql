-- The first reference migrations recorded, as the source of a row, the project's research notes instead of the
-- decrees and data those notes summarise. The applied migrations stay as they are (Flyway checks them); this one
-- rewrites the recorded sources to the regulation or publication itself.

-- each holiday's own decree (SKB 3 Menteri on national holidays and cuti bersama, or the Keppres of a voting day)
update reference.holiday set source = decree where source like 'HOLIDAYS_md%';

update reference.province_location
   set source = 'Kepmendagri 300.2.2-2138/2025 (kode wilayah); UU pembentukan provinsi (ibu kota, mis. UU 8/2022 '
             || 'Kalimantan Selatan, UU 14-16/2022 dan UU 29/2022 Papua); koordinat pusat kota ibu kota, dibulatkan'
 where source like 'REGIONS-AGENCIES_md%';

update reference.agency
   set source = 'Perpres 139/2024 (Kabinet Merah Putih); UU 14/2025 (Kementerian Haji dan Umrah); UU 16/2025 '
             || '(BP BUMN); peraturan pembentukan masing-masing lembaga, keadaan akhir 2025'
 where source like 'REGIONS-AGENCIES_md%';

-- a pointer to a research note after a source that already names the publisher (KPU, KASN/BKN/Kemendagri)
update reference.position_class set source = regexp_replace(source, '\s*\(?DOMAIN\.md( §[0-9.]+,?)*\)?', '', 'g')
 where source like '%DOMAIN_md%';
update reference.area_head_role set source = regexp_replace(source, '\s*\(?DOMAIN\.md( §[0-9.]+,?)*\)?', '', 'g')
 where source like '%DOMAIN_md%';
update reference.employment_type set source = regexp_replace(source, '\s*\(?DOMAIN\.md( §[0-9.]+,?)*\)?', '', 'g')
 where source like '%DOMAIN_md%';
update reference.election set source = regexp_replace(source, '\s*\(?DOMAIN\.md( §[0-9.]+,?)*\)?', '', 'g')
 where source like '%DOMAIN_md%';
update reference.violation_category set source = regexp_replace(source, '\s*\(?DOMAIN\.md( §[0-9.]+,?)*\)?', '', 'g')
 where source like '%DOMAIN_md%';
