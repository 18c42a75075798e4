"""Plain Python rules of victim offender mediation: no Qt, no SQL, no I/O."""
