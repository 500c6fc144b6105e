#!/usr/bin/env node
// The tspy command: runs the compiled CLI (npm install / npm run build produce dist/).
import '../dist/interpreter/cli/main.js';
