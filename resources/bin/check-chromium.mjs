#!/usr/bin/env node
// The end-to-end tests drive the system's Chromium; say how to get it instead of failing later.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  process.stderr.write(
    `Chromium was not found at ${path}. Install it (Debian/Ubuntu: \`sudo apt-get install -y chromium\`) ` +
      'or point CHROMIUM_PATH at a Chromium or Chrome executable, then run the tests again.\n',
  );
  process.exit(1);
}
