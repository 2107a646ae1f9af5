-- Two users never share an email address (sign-in mail, digests and lockout notices go to it).
-- An instance that already holds such a pair stops here: give one of the two another address first.
create unique index app_user_email_uk on app_user (lower(email));
