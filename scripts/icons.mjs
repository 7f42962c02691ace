// Draws the app icons from public/icon.svg: PNGs for the manifest and Apple devices, and a
// favicon.ico holding 16, 32 and 48 px PNGs (every current browser reads PNG inside ICO).
// Run `node scripts/icons.mjs` after changing the SVG and commit the files it writes.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const publicDir = path.resolve(import.meta.dirname, "../public");
const svg = fs.readFileSync(path.join(publicDir, "icon.svg"));

const png = (size, padding = 0) =>
  sharp(svg, { density: 72 * (size / 64) * 4 })
    .resize(size - 2 * padding, size - 2 * padding)
    .flatten({ background: "#f8fafc" })
    .extend({ top: padding, bottom: padding, left: padding, right: padding, background: "#f8fafc" })
    .png({ compressionLevel: 9 })
    .toBuffer();

/** ICO container: a 6-byte header, one 16-byte entry per image, then the PNG data. */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

const write = (name, data) => {
  fs.writeFileSync(path.join(publicDir, name), data);
  console.log(`public/${name}: ${data.length} bytes`);
};

// Transparent around the shield for browsers; apple-touch and maskable icons get a light margin
// because those platforms crop to a rounded square.
const plain = async (size) =>
  sharp(svg, { density: 72 * (size / 64) * 4 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
write("favicon.ico", ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await plain(size) })))));
write("icon-192.png", await plain(192));
write("icon-512.png", await plain(512));
write("icon-maskable-512.png", await png(512, 64));
write("apple-touch-icon.png", await png(180, 16));
