#!/usr/bin/env node
console.log('routelab');
