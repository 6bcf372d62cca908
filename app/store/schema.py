"""Schema migrations; each entry moves the store one ``PRAGMA user_version`` forward.

Never edit a released entry: append a new one.
"""

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE rules (
        id TEXT PRIMARY KEY,
        device_type TEXT NOT NULL,
        brand TEXT NOT NULL,
        model TEXT NOT NULL,
        revision TEXT NOT NULL,
        locale TEXT NOT NULL,
        kind_key TEXT NOT NULL,
        update_type TEXT NOT NULL,
        update_type_key TEXT NOT NULL,
        approved_version TEXT,
        pending_version TEXT,
        restore_version TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (kind_key, update_type_key)
    );
    CREATE TABLE stored_files (
        kind_key TEXT NOT NULL,
        update_type_key TEXT NOT NULL,
        version TEXT NOT NULL,
        name TEXT NOT NULL,
        rel_dir TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        stored_at TEXT NOT NULL,
        PRIMARY KEY (kind_key, update_type_key, version, name)
    );
    CREATE TABLE import_journal (
        import_id TEXT PRIMARY KEY,
        moves TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE test_devices (
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        identifier_type TEXT NOT NULL,
        identifier TEXT NOT NULL,
        identifier_key TEXT NOT NULL,
        scope TEXT NOT NULL,
        scope_key TEXT NOT NULL,
        PRIMARY KEY (scope_key, name_key),
        UNIQUE (scope_key, identifier_type, identifier_key)
    );
    CREATE TABLE settings (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE users (
        name_key TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        action TEXT NOT NULL,
        rule_id TEXT,
        subject TEXT NOT NULL,
        before TEXT,
        after TEXT,
        detail TEXT
    );
    CREATE INDEX history_at ON history (at)
    """,
    """
    CREATE TABLE devices (
        device_key TEXT PRIMARY KEY,
        mac TEXT,
        serial TEXT,
        device_type TEXT NOT NULL,
        brand TEXT NOT NULL,
        model TEXT NOT NULL,
        revision TEXT NOT NULL,
        locale TEXT NOT NULL,
        kind_key TEXT NOT NULL,
        versions TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        address TEXT NOT NULL,
        user_id TEXT,
        external INTEGER NOT NULL,
        last_offer TEXT,
        is_test_device INTEGER NOT NULL,
        checks INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX devices_mac ON devices (mac);
    CREATE INDEX devices_serial ON devices (serial COLLATE NOCASE);
    CREATE INDEX devices_last_seen ON devices (last_seen)
    """,
    """
    CREATE TABLE store_layout (revision INTEGER NOT NULL);
    INSERT INTO store_layout (revision) VALUES (1);
    CREATE TABLE layout_moves (
        old_rel TEXT PRIMARY KEY,
        new_rel TEXT NOT NULL,
        held INTEGER NOT NULL DEFAULT 0
    )
    """,
    # 4: devices share profiles (kind, versions, test flag, last offer), so the console
    # works out compliance per profile and lists a million devices a window at a time;
    # a device keeps its device_id (the console's selection follows it) across checks
    """
    CREATE TABLE device_profiles (
        profile_id INTEGER PRIMARY KEY,
        device_type TEXT NOT NULL,
        brand TEXT NOT NULL,
        model TEXT NOT NULL,
        revision TEXT NOT NULL,
        locale TEXT NOT NULL,
        kind_key TEXT NOT NULL,
        versions TEXT NOT NULL,
        is_test_device INTEGER NOT NULL,
        last_offer TEXT NOT NULL,
        UNIQUE (kind_key, versions, is_test_device, last_offer)
    );
    INSERT INTO device_profiles (device_type, brand, model, revision, locale, kind_key,
                                 versions, is_test_device, last_offer)
        SELECT device_type, brand, model, revision, locale, kind_key, canonical_versions(versions),
               is_test_device, coalesce(last_offer, '')
        FROM devices GROUP BY kind_key, canonical_versions(versions), is_test_device,
                              coalesce(last_offer, '');
    CREATE TABLE device_list (
        device_id INTEGER PRIMARY KEY,
        device_key TEXT NOT NULL UNIQUE,
        mac TEXT,
        serial TEXT,
        profile_id INTEGER NOT NULL REFERENCES device_profiles,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        address TEXT NOT NULL,
        address_key TEXT NOT NULL,
        user_id TEXT COLLATE NOCASE,
        external INTEGER NOT NULL,
        checks INTEGER NOT NULL DEFAULT 1,
        search TEXT NOT NULL
    );
    INSERT INTO device_list (device_key, mac, serial, profile_id, first_seen, last_seen,
                             address, address_key, user_id, external, checks, search)
        SELECT d.device_key, d.mac, d.serial, p.profile_id, d.first_seen, d.last_seen,
               d.address, address_key(d.address), d.user_id, d.external, d.checks,
               search_text(d.mac, d.serial, d.address, d.user_id)
        FROM devices d JOIN device_profiles p
          ON p.kind_key = d.kind_key AND p.versions = canonical_versions(d.versions)
         AND p.is_test_device = d.is_test_device AND p.last_offer = coalesce(d.last_offer, '')
        ORDER BY d.last_seen;
    DROP TABLE devices;
    ALTER TABLE device_list RENAME TO devices;
    CREATE INDEX devices_mac ON devices (mac);
    CREATE INDEX devices_serial ON devices (serial COLLATE NOCASE);
    CREATE INDEX devices_last_seen ON devices (last_seen);
    CREATE INDEX devices_profile ON devices (profile_id, last_seen);
    CREATE INDEX devices_user ON devices (user_id);
    CREATE INDEX devices_address ON devices (address_key);
    CREATE INDEX devices_network ON devices (external, last_seen)
    """,
)
