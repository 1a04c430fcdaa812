#!/usr/bin/env node
// The package bin: runs the TypeScript entry point through tsx, so the command works straight
// after `npm ci` with no build step (docs/DECISIONS.md, 2).
import { register } from 'tsx/esm/api'

register()
await import('../src/main.ts')
