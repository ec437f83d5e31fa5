// Vitest global setup: tests that spawn the service run the built dist/main.js, as `npm start` does,
// so it is rebuilt from the current sources once per run.
import { buildEntryPoint } from '../../scripts/build.js';

export default async function setup(): Promise<void> {
  await buildEntryPoint();
}
