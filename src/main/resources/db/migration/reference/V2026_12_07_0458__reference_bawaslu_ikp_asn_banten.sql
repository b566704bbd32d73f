-- Bawaslu Banten's IKP figures for ASN neutrality (the three highest regencies/cities of Banten), as reported by
-- Kabar6 from Bawaslu Banten's media meeting of Friday 27 October 2023. The article gives them as percentages.
insert into reference.published_figure
    (publisher, measure_code, category, label, label_en, election_code, period, region_code, value, unit, base_note,
     source_title, source_url, as_of, notes)
select 'Bawaslu', 'ikp-asn-neutrality', null, f.label, f.label_en, null, 'Pemilu 2024', f.region_code,
       f.value, 'PERCENT', 'Indeks Kerawanan Pemilu, isu netralitas ASN; disebut "persen" oleh sumber',
       'Tekanan Pimpinan, IKP Netralitas ASN di Pandeglang dan Cilegon Tertinggi di Banten (Kabar6)', null,
       date '2023-10-27',
       'Bawaslu Provinsi Banten. Disampaikan Komisioner Bawaslu Banten Ajat Munajat dalam media meeting di Cipocok Jaya, Kota Serang, '
           || 'Jumat 27 Oktober 2023. Bobot dan metode rinci tidak dipublikasikan.'
  from (values
    ('36.01', 'IKP netralitas ASN Kabupaten Pandeglang', 'IKP ASN neutrality, Pandeglang Regency', 12.97),
    ('36.72', 'IKP netralitas ASN Kota Cilegon', 'IKP ASN neutrality, Cilegon City', 12.97),
    ('36.74', 'IKP netralitas ASN Kota Tangerang Selatan', 'IKP ASN neutrality, South Tangerang City', 11.53)
  ) as f(region_code, label, label_en, value);
