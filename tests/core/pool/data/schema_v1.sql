-- A pool store as the first schema version wrote it: one pool, one client, one user.
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (1);
CREATE TABLE pools (id TEXT PRIMARY KEY, name TEXT NOT NULL, data TEXT NOT NULL, mfa TEXT NOT NULL);
CREATE TABLE clients (id TEXT PRIMARY KEY, pool_id TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE users (pool_id TEXT NOT NULL, username TEXT NOT NULL, sub TEXT NOT NULL, attributes TEXT NOT NULL, status TEXT NOT NULL, enabled INTEGER NOT NULL, created INTEGER NOT NULL, modified INTEGER NOT NULL, password_hash TEXT NOT NULL DEFAULT '', PRIMARY KEY (pool_id, username));
INSERT INTO pools VALUES ('local-1_OldPool01', 'old', '{"Id":"local-1_OldPool01","Name":"old","CreationDate":1600000000,"LastModifiedDate":1600000000}', '{"MfaConfiguration":"OFF"}');
INSERT INTO clients VALUES ('oldclient0000000000000000a', 'local-1_OldPool01', '{"ClientId":"oldclient0000000000000000a","ClientName":"old","UserPoolId":"local-1_OldPool01","ExplicitAuthFlows":["ALLOW_USER_PASSWORD_AUTH"]}');
INSERT INTO users VALUES ('local-1_OldPool01', 'olduser', '0e2f6b5c-0000-4000-8000-000000000001', '{"sub":"0e2f6b5c-0000-4000-8000-000000000001","email":"old@example.com"}', 'CONFIRMED', 1, 1600000000, 1600000000, '');
