// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.

/**
 * The content coding to send for an Accept-Encoding header: the one with the higher q-value, brotli
 * on a tie (it is the smaller), identity when the client accepts neither.
 * @example chooseEncoding('gzip, deflate, br') // 'br'
 * @example chooseEncoding('br;q=0.5, gzip') // 'gzip'
 */
export function chooseEncoding(acceptEncoding) {
  if (!acceptEncoding) return 'identity';
  let br;
  let gzip;
  let any;
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...parameters] = part.split(';');
    const coding = name.trim().toLowerCase();
    if (coding !== 'br' && coding !== 'gzip' && coding !== 'x-gzip' && coding !== '*') continue;
    const q = qValue(parameters);
    if (coding === 'br') br = q;
    else if (coding === '*') any = q;
    else gzip = q;
  }
  br ??= any ?? 0;
  gzip ??= any ?? 0;
  if (br > 0 && br >= gzip) return 'br';
  return gzip > 0 ? 'gzip' : 'identity';
}

function qValue(parameters) {
  for (const parameter of parameters) {
    const match = /^\s*q\s*=(.*)$/i.exec(parameter);
    if (!match) continue;
    // A q-value that is not a number from 0 to 1 is a client's mistake: treat it as a refusal.
    const q = /^\s*[\d.]+\s*$/.test(match[1]) ? Number(match[1]) : NaN;
    return q >= 0 && q <= 1 ? q : 0;
  }
  return 1;
}
