// Hand-written JavaScript twin of bench/fib.py: the floor a JIT could reach on Node.
// Usage: node bench/js/fib.js [N]   (default 30); prints exactly what fib.py prints.
const n = process.argv[2] ? parseInt(process.argv[2], 10) : 30;

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

console.log(`fib(${n}) = ${fib(n)}`);
