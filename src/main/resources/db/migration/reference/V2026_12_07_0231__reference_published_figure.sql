-- Figures published by other bodies (KASN, Bawaslu, BKN...), kept with their source and date so that Netra shows them
-- beside its own estimates and counts without ever mixing the two.
create table reference.published_figure (
    id            bigserial primary key,
    publisher     text not null,
    measure_code  text not null,               -- what was measured, e.g. asn-non-neutrality-cause
    category      text,                        -- the answer or class within the measure, e.g. kinship
    label         text not null,               -- Bahasa Indonesia, as published
    label_en      text not null,
    election_code text,                        -- scope: the election it is about, when there is one
    period        text,                        -- scope: the period covered, free text (e.g. "1-30 Juli 2021")
    region_code   text,                        -- scope: a region code, null for national
    value         numeric not null,
    unit          text not null check (unit in ('PERCENT', 'COUNT', 'INDEX', 'PERCENTAGE_POINTS')),
    base_note     text,                        -- what the value is a share of (e.g. "% responden, pilihan ganda")
    source_title  text not null,
    source_url    text,
    as_of         date not null,               -- the date of the publication
    notes         text
);
create index published_figure_measure on reference.published_figure (measure_code);

insert into reference.published_figure
    (publisher, measure_code, category, label, label_en, election_code, period, value, unit, base_note, source_title, source_url,
     as_of, notes)
select 'KASN', m.measure_code, m.category, m.label, m.label_en, 'PILKADA-2020', '1-30 Juli 2021', m.value, m.unit, m.base_note,
       'KASN Rilis Hasil Survei Netralitas Birokrasi di Pilkada Serentak 2020 (Netizenku, 17 Desember 2021)',
       'https://netizenku.com/kasn-rilis-hasil-survei-netralitas-birokrasi-di-pilkada-serentak-2020',
       date '2021-12-16',
       'Survei KASN terhadap ASN pemerintah daerah penyelenggara Pilkada Serentak 2020: 10.617 responden di 270 daerah, '
           || 'sampling acak berstrata, margin of error 2,5%.'
  from (values
    ('asn-non-neutrality-cause', 'kinship', 'Ikatan persaudaraan', 'Kinship ties', 50.76, 'PERCENT',
     '% responden; pilihan ganda, jumlah lebih dari 100%'),
    ('asn-non-neutrality-cause', 'career', 'Kepentingan karier', 'Career interest', 49.72, 'PERCENT',
     '% responden; pilihan ganda, jumlah lebih dari 100%'),
    ('asn-non-neutrality-cause', 'shared-background', 'Kesamaan latar belakang (pendidikan dan profesi)',
     'Shared background (education and profession)', 16.84, 'PERCENT',
     '% responden; pilihan ganda, jumlah lebih dari 100%'),
    ('asn-non-neutrality-cause', 'debt-of-gratitude', 'Utang budi', 'Debt of gratitude', 9.50, 'PERCENT',
     '% responden; pilihan ganda, jumlah lebih dari 100%'),
    ('asn-non-neutrality-cause', 'candidate-pressure', 'Tekanan pasangan calon', 'Pressure from the candidates',
     7.48, 'PERCENT', '% responden; pilihan ganda, jumlah lebih dari 100%'),
    ('asn-non-neutrality-influencer', 'campaign-team', 'Tim sukses', 'Campaign team', 32, 'PERCENT',
     '% responden; satu pilihan'),
    ('asn-non-neutrality-influencer', 'superior', 'Atasan ASN', 'The civil servant''s superior', 28, 'PERCENT',
     '% responden; satu pilihan'),
    ('asn-non-neutrality-influencer', 'candidate-pair', 'Pasangan calon', 'Candidate pair', 24, 'PERCENT',
     '% responden; satu pilihan'),
    ('asn-non-neutrality-influencer', 'party', 'Partai politik pengusung calon', 'Supporting party', 5, 'PERCENT',
     '% responden; satu pilihan'),
    ('asn-non-neutrality-influencer', 'other', 'Pihak lainnya', 'Others', 11, 'PERCENT',
     '% responden; satu pilihan'),
    ('kasn-2021-survey-respondents', null, 'Jumlah responden survei netralitas KASN 2021',
     'Respondents of the KASN 2021 neutrality survey', 10617, 'COUNT', 'responden di 270 daerah'),
    ('kasn-2021-survey-margin-of-error', null, 'Margin of error survei netralitas KASN 2021',
     'Margin of error of the KASN 2021 neutrality survey', 2.5, 'PERCENTAGE_POINTS', 'dinyatakan oleh KASN')
  ) as m(measure_code, category, label, label_en, value, unit, base_note);
