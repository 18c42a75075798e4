"""The encrypted SQLCipher store: engine, tables, migrations and repository functions (no Qt)."""
