// Tests run lib/search outside React's server environment, where the real `server-only` throws by design.
export {};
