"""Storage: database engine, models and repositories, plus the shipped rulebooks and policy texts."""
