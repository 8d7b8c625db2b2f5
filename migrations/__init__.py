"""Alembic migrations. A package so the installed bot can find them (`policybot migrate`)."""
