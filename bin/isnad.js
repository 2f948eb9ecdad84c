#!/usr/bin/env node
// The `isnad` executable: runs the compiled CLI (`npm ci` builds it through the `prepare` script).
import '../dist/src/cli/run.js'
