import { config } from 'zod/mini';

/**
 * Zod compiles an object schema into a function (`new Function`) on its first
 * use. In the browser that put ~10 ms into the first drop, the first edit
 * and so on, one schema at a time, for inputs of a few fields; the interpreted
 * path is as fast for those. (Large boards are read without zod: doc-read.ts.)
 */
config({ jitless: true });
