#!/usr/bin/env node
// The importer as a package bin: runs src/cli/import.ts through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/import.ts');
