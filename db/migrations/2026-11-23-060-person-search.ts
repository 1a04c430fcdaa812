// Finding people: every name form of a person (the main name and each alias, and each part of a
// double-barrelled surname) with its normalised, initial and phonetic keys, indexed for the search's
// candidate lookups (src/modules/people/search.repository.ts keeps it in step with every write);
// merges of two records, kept so that a merge can be undone; and where a merged record went.
// Frozen: never edit after it has landed; add a new migration instead. Never import src/.
import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- A name in capitals without accents, apostrophes or full stops, its parts separated by single
    -- spaces (the same as normaliseName in src/modules/people/matching.names.rules.ts).
    create function person_name_normal(name text) returns text language sql immutable parallel safe as $fn$
      select btrim(regexp_replace(regexp_replace(upper(translate(
        replace(replace(replace(replace(replace(name, 'ß', 'SS'), 'æ', 'AE'), 'Æ', 'AE'), 'œ', 'OE'), 'Œ', 'OE'),
        'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžøØłŁđĐı',
        'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzoOlLdDi')),
        '[''’‘\u0060.]', '', 'g'), '[^A-Z]+', ' ', 'g'))
    $fn$;
    -- One key for a normalised name, spacing put aside and Mac read as Mc (nameKey in the same file).
    create function person_name_key(normal text) returns text language sql immutable parallel safe as $fn$
      select regexp_replace(replace(normal, ' ', ''), '^MAC([A-Z]{3})', 'MC\\1')
    $fn$;

    create table person_names (
      person_id uuid not null references people (id),
      kind text not null check (kind in ('main', 'alias')),
      -- true for the row of one part of a double-barrelled surname
      part boolean not null,
      first_key text not null,
      first_initial text not null,
      surname_key text not null,
      -- first name and surname, for trigram likeness in any order; null on part rows
      full_key text,
      first_phon text not null,
      surname_phon text not null,
      -- the alias's own date of birth, else the person's
      date_of_birth date
    );
    create index person_names_person on person_names (person_id);
    create index person_names_sounds on person_names (surname_phon, first_phon);
    create index person_names_initial on person_names (surname_phon, first_initial);
    create index person_names_initial_only on person_names (surname_phon) where length(first_key) = 1;
    create index person_names_dob_surname on person_names (date_of_birth, surname_phon);
    create index person_names_dob_first on person_names (date_of_birth, first_phon);
    create index person_names_trigram on person_names using gin (full_key gin_trgm_ops) where full_key is not null;

    alter table people add column merged_into uuid references people (id);
    alter table people add column merged_at timestamptz;
    create index people_merged_into on people (merged_into) where merged_into is not null;

    create table person_merges (
      id uuid primary key,
      from_person_id uuid not null references people (id),
      to_person_id uuid not null references people (id),
      reason text not null,
      merged_at timestamptz not null,
      merged_by text not null,
      -- what moved from one record to the other and what was filled in, so that it can be undone
      moved jsonb not null,
      -- both records as they were just before the merge
      from_record jsonb not null,
      to_record jsonb not null,
      undone_at timestamptz,
      undone_by text,
      undone_reason text
    );
    create index person_merges_from on person_merges (from_person_id);
    create index person_merges_to on person_merges (to_person_id);
  `.execute(db)

  // Name forms of the people already recorded (the same statement as refreshNameKeys, at this point in time).
  await sql`
    insert into person_names (person_id, kind, part, first_key, first_initial, surname_key, full_key,
      first_phon, surname_phon, date_of_birth)
    with forms as (
      select p.id as person_id, 'main' as kind, person_name_normal(p.first_name) as f,
        person_name_normal(p.surname) as s, p.date_of_birth as dob
      from people p
      union all
      select a.person_id, 'alias', person_name_normal(a.first_name), person_name_normal(a.surname),
        coalesce(a.date_of_birth, p.date_of_birth)
      from aliases a join people p on p.id = a.person_id
    ), keyed as (
      select person_id, kind, f, s, dob, person_name_key(f) as fk, person_name_key(s) as sk from forms
    ), expanded as (
      select person_id, kind, false as part, fk, sk, f || ' ' || s as full_key, dob from keyed
      union all
      select k.person_id, k.kind, true, k.fk, person_name_key(w), null, k.dob
      from keyed k cross join lateral unnest(string_to_array(k.s, ' ')) as w
      where position(' ' in k.s) > 0 and length(w) > 1
    )
    select person_id, kind, part, fk, left(fk, 1), sk, full_key, dmetaphone(fk), dmetaphone(sk), dob
    from expanded
  `.execute(db)
}
