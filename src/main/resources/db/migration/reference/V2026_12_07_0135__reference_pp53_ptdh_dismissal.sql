-- PP 53/2010 Pasal 7 ayat (4) lists dismissal without honour (PTDH) among the heavy penalties, but it ends the
-- employment like the statutory PTDH rows and PP 49/2018 termination without honour: its level is DISMISSAL, so that
-- comparisons with the SKB 2022 mapping (DS-5 maps to DISMISSAL) treat it as the heaviest outcome.
update reference.sanction set level = 'DISMISSAL' where code = 'PP53-2010/BERAT-5';
