import { describe, expect, it } from 'vitest';
import { readZipEntry, ZipError } from '../../src/action/zip.js';
import { zipOf } from './zip-writer.js';

const json = '{"paperlintArtifact":1}\n';

describe('readZipEntry', () => {
  it('reads a deflated or a stored file by its exact name, in memory', () => {
    for (const method of ['deflate', 'store'] as const) {
      const archive = zipOf([
        { name: 'notes.txt', data: 'other', method },
        { name: 'paperlint-report.json', data: json, method },
      ]);
      expect(readZipEntry(archive, 'paperlint-report.json', 1024).toString()).toBe(json);
    }
  });

  it('ignores entries with other names, even ones that climb out of a folder (nothing is written)', () => {
    const archive = zipOf([
      { name: '../../etc/cron.d/x', data: 'evil' },
      { name: 'paperlint-report.json', data: json },
    ]);
    expect(readZipEntry(archive, 'paperlint-report.json', 1024).toString()).toBe(json);
  });

  it('refuses a missing, doubled, oversized or lying entry, and what is no zip', () => {
    const refuses = (archive: Buffer, message: RegExp) => {
      expect(() => readZipEntry(archive, 'paperlint-report.json', 1000)).toThrow(ZipError);
      expect(() => readZipEntry(archive, 'paperlint-report.json', 1000)).toThrow(message);
    };
    refuses(zipOf([{ name: 'other.json', data: json }]), /no file 'paperlint-report\.json'/);
    refuses(
      zipOf([
        { name: 'paperlint-report.json', data: json },
        { name: 'paperlint-report.json', data: '{}' },
      ]),
      /2 times/,
    );
    refuses(zipOf([{ name: 'paperlint-report.json', data: 'x'.repeat(1001) }]), /1001 bytes, more than 1000/);
    // A zip bomb: it says 10 bytes and inflates to 10 MB; inflating stops at the cap.
    refuses(
      zipOf([{ name: 'paperlint-report.json', data: ' '.repeat(10_000_000), declaredSize: 10 }]),
      /inflates to more than 1000 bytes/,
    );
    refuses(
      zipOf([{ name: 'paperlint-report.json', data: json, declaredSize: json.length - 1 }]),
      /recorded size and checksum/,
    );
    refuses(Buffer.from('PK not really a zip archive, just text that is long enough'), /not a zip archive/);
    const cut = zipOf([{ name: 'paperlint-report.json', data: json, method: 'store' }]);
    refuses(cut.subarray(0, 40), /not a zip archive/);
  });

  it('refuses a damaged file whose checksum no longer matches', () => {
    const archive = zipOf([{ name: 'paperlint-report.json', data: json, method: 'store' }]);
    const start = archive.indexOf(json);
    archive[start + 2] ^= 0x20;
    expect(() => readZipEntry(archive, 'paperlint-report.json', 1000)).toThrow(/checksum/);
  });
});
