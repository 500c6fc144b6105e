// Hand-written JavaScript twin of bench/nbody.py: bodies as plain arrays, the same update order.
// Usage: node bench/js/nbody.js [STEPS]   (default 100000); prints what nbody.py prints.
const steps = process.argv[2] ? parseInt(process.argv[2], 10) : 100000;

const PI = 3.141592653589793;
const SOLAR_MASS = 4 * PI * PI;
const DAYS_PER_YEAR = 365.24;

// [x, y, z, vx, vy, vz, mass]: the Sun and the four giant planets.
const bodies = [
  [0, 0, 0, 0, 0, 0, SOLAR_MASS],
  [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
    1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
    -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS],
  [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
    -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
    2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS],
  [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
    2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
    -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS],
  [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
    2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
    -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS],
];

function offsetMomentum() {
  let px = 0, py = 0, pz = 0;
  for (const b of bodies) {
    px += b[3] * b[6];
    py += b[4] * b[6];
    pz += b[5] * b[6];
  }
  bodies[0][3] = -px / SOLAR_MASS;
  bodies[0][4] = -py / SOLAR_MASS;
  bodies[0][5] = -pz / SOLAR_MASS;
}

function energy() {
  let e = 0;
  for (let i = 0; i < bodies.length; i++) {
    const a = bodies[i];
    e += 0.5 * a[6] * (a[3] * a[3] + a[4] * a[4] + a[5] * a[5]);
    for (let j = i + 1; j < bodies.length; j++) {
      const b = bodies[j];
      const dx = a[0] - b[0], dy = a[1] - b[1], dz = a[2] - b[2];
      e -= (a[6] * b[6]) / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

function advance(steps, dt) {
  const pairs = [];
  for (let i = 0; i < bodies.length; i++) {
    for (let j = i + 1; j < bodies.length; j++) pairs.push([bodies[i], bodies[j]]);
  }
  for (let s = 0; s < steps; s++) {
    for (const [a, b] of pairs) {
      const dx = a[0] - b[0], dy = a[1] - b[1], dz = a[2] - b[2];
      const d2 = dx * dx + dy * dy + dz * dz;
      const mag = dt / (d2 * Math.sqrt(d2));
      const bm = b[6] * mag, am = a[6] * mag;
      a[3] -= dx * bm; a[4] -= dy * bm; a[5] -= dz * bm;
      b[3] += dx * am; b[4] += dy * am; b[5] += dz * am;
    }
    for (const b of bodies) {
      b[0] += dt * b[3];
      b[1] += dt * b[4];
      b[2] += dt * b[5];
    }
  }
}

offsetMomentum();
const before = energy();
advance(steps, 0.01);
const after = energy();
console.log(`nbody(${steps}): energy ${before.toFixed(9)} -> ${after.toFixed(9)}`);
