#!/usr/bin/env node
// Thin entry: TypeScript sources run through tsx, so there is no build step between a change and a run.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
