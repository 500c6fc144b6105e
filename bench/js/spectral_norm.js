// Hand-written JavaScript twin of bench/spectral_norm.py (same algorithm, plain arrays).
// Usage: node bench/js/spectral_norm.js [N]   (default 200); prints what spectral_norm.py prints.
const n = process.argv[2] ? parseInt(process.argv[2], 10) : 200;

function a(i, j) {
  return 1 / ((((i + j) * (i + j + 1)) >>> 1) + i + 1);
}

function mulAv(v, out) {
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += a(i, j) * v[j];
    out[i] = s;
  }
}

function mulAtv(v, out) {
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += a(j, i) * v[j];
    out[i] = s;
  }
}

function mulAtAv(v, out, tmp) {
  mulAv(v, tmp);
  mulAtv(tmp, out);
}

const u = new Array(n).fill(1);
const v = new Array(n).fill(0);
const tmp = new Array(n).fill(0);
for (let k = 0; k < 10; k++) {
  mulAtAv(u, v, tmp);
  mulAtAv(v, u, tmp);
}
let vbv = 0;
let vv = 0;
for (let i = 0; i < n; i++) {
  vbv += u[i] * v[i];
  vv += v[i] * v[i];
}
console.log(`spectral_norm(${n}) = ${Math.sqrt(vbv / vv).toFixed(9)}`);
