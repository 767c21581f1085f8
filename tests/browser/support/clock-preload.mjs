// A test clock for `next start`: loaded with `node --import`, it shifts Date by the number of
// milliseconds written in TEST_CLOCK_FILE, so a test can move the server's "now" forward without
// waiting. The site's code is unchanged: it reads the time with `new Date()` like in production.
import { readFileSync } from 'node:fs';

const file = process.env.TEST_CLOCK_FILE;
if (file) {
  const RealDate = Date;
  let offset = 0;
  const refresh = () => {
    try {
      offset = Number(readFileSync(file, 'utf8').trim()) || 0;
    } catch {
      offset = 0;
    }
  };
  refresh();
  setInterval(refresh, 50).unref();
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
    // Own statics, not inherited ones: Next.js rebuilds Date from its own property descriptors.
    static UTC = RealDate.UTC;
    static parse = RealDate.parse;
  }
  globalThis.Date = ShiftedDate;
}
