import { runConnectorStoreBench } from './connector-store-bench';
import { runLogoBench } from './logo-bench';

/** Every benchmark of `npm run bench`, in order. Add a module here to add a bench. */
const BENCHES: { name: string; run: () => unknown }[] = [
  { name: 'logo sanitizer', run: () => runLogoBench() },
  {
    name: 'connector store (100 / 1,000 / 10,000 connectors)',
    run: () => runConnectorStoreBench(),
  },
];

for (const bench of BENCHES) {
  process.stdout.write(`\n== ${bench.name} ==\n`);
  await bench.run();
}
