-- People who sign in. In the embedded mode the demo users are seeded here on first start.
CREATE TABLE app_user (
    user_id       VARCHAR(100) NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    gemeente      VARCHAR(20),
    role          VARCHAR(30)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL
);
