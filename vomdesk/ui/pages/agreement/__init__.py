"""The Agreement page of a case: versions, terms, checks before signing, signatures, scans."""
