// V8 flags the server runs with (pnpm start, the tests' servers, the API benchmarks).
//
// A large answer (twelve 38-province series, 1.6 MB) is a large set of live objects while it is completed; with V8's
// default young generation (semi-spaces grown from 1 MB to 16 MB) it was copied by a scavenge of 6–8 ms about every
// 20 ms, and every other request waited through each. 64 MB semi-spaces from the start made scavenges four times
// rarer and halved the time spent in them (measured: server/bench/beside-abuse-only.ts), for 128 MB more address space.
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64', '--min-semi-space-size=64'];
