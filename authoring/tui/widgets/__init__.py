"""Small reusable widgets of the studio."""
