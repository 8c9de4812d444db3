"""The route finder: validation routes for a person, ranked and explained, for counsellors."""
