-- Who was told of a listing: every destination a list entry was shared with (member units, the provincial
-- platform). A correction or the end of the listing goes to exactly these, and only once to each.
CREATE TABLE punishment_share (
    entry_id     VARCHAR(36)  NOT NULL REFERENCES registry_list_entry (id),
    destination  VARCHAR(64)  NOT NULL,
    shared_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT punishment_share_pk PRIMARY KEY (entry_id, destination)
);
