"""Key slots that wrap the data key: passphrase, recovery key and OS keychain (no Qt)."""
