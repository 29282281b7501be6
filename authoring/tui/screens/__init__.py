"""Full screens of the studio: start, author, metadata, coverage dashboard, draft check."""
