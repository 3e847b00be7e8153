// Imported first by the benchmark's entry points: the server is measured as `pnpm start` runs it. graphql-js,
// Express and Apollo read NODE_ENV once, when loaded; in development graphql-js checks every `instanceof`
// for duplicate copies of itself, which costs a request a tenth of its time or more.
process.env.NODE_ENV = 'production';
