// Browser tests drive Debian's Chromium; say how to get it rather than failing deep inside a test.
import { accessSync, constants } from 'node:fs';

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
try {
  accessSync(chrome, constants.X_OK);
} catch {
  console.error(
    `The browser tests need Chromium at ${chrome}. Install it with \`apt-get install -y chromium\`\n(or run \`bash .ci/run\`, which does), or point CHROME_PATH at another Chromium.`,
  );
  process.exit(1);
}
