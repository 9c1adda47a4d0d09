-- Flag categories become data that administrators manage, and a flag remembers the span of the aligned source
-- text it renders.

-- code is stable (flags and exports refer to it); label, color and the ITS type may change; a retired category
-- stays on the flags that have it but is not offered for new ones. position orders the lists.
create table flag_category (
    code           varchar(40)  primary key,
    label          varchar(100) not null unique,
    color          varchar(7)   not null,
    its_issue_type varchar(40)  not null,
    retired        boolean      default false not null,
    position       int          not null
);

-- The built-in categories (the codes org.parallax.core.flags.FlagCategory suggests); ITS 2.0 types for XLIFF.
insert into flag_category (code, label, color, its_issue_type, position) values
    ('SOURCE_TERM_KEPT', 'Source term kept', '#e9defb', 'terminology', 1),
    ('EDITORIAL_INSERTION', 'Editorial insertion', '#dcefe4', 'addition', 2),
    ('EDITORIAL_NOTE', 'Editorial note', '#fdf0cf', 'addition', 3),
    ('OMISSION', 'Omission', '#fbe3d6', 'omission', 4),
    ('LEXICAL_CHOICE', 'Lexical choice', '#dbe9fb', 'style', 5),
    ('ADDITION', 'Addition', '#fde2c4', 'addition', 6),
    ('TERMINOLOGY', 'Terminology', '#d4eff2', 'terminology', 7),
    ('REGISTER', 'Register / tone', '#f3dcec', 'register', 8),
    ('POSSIBLE_MISTRANSLATION', 'Possible mistranslation', '#fadbd8', 'mistranslation', 9);

alter table flag add constraint fk_flag_category foreign key (category) references flag_category (code);

-- The source span a flag renders: half-open char offsets into version_text.body_text of source_version_id (like
-- start_offset/end_offset into the flag's own version). All three are null when the flag is not linked.
-- source_linked_by is 'aligner' when the link was found automatically, else the person who set it.
alter table flag add column source_version_id bigint;
alter table flag add column source_start_offset int;
alter table flag add column source_end_offset int;
alter table flag add column source_linked_by varchar(100);
alter table flag add constraint fk_flag_source_version foreign key (source_version_id)
    references text_version (id) on delete set null;
