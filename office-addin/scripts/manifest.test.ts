import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestFor } from './manifest-for.ts';
import { checkManifestXml, validateManifestFile } from './validate-manifest.ts';

const xml = readFileSync(new URL('../manifest.xml', import.meta.url), 'utf8');

describe('manifest (offline validation, part of the test command)', () => {
  it('manifest.xml passes the structural check, the conversion and the JSON schema', async () => {
    expect(await validateManifestFile(new URL('../manifest.xml', import.meta.url).pathname)).toEqual([]);
  });

  it('the structural check catches what Word would refuse or what breaks our rules', () => {
    const cases: [string, string, RegExp][] = [
      [
        '<Set Name="WordApi" MinVersion="1.3" />',
        '<Set Name="WordApi" MinVersion="1.1" />',
        /MinVersion must be 1\.3/,
      ],
      [
        'https://localhost:3000/index.html" />\n  </DefaultSettings>',
        'http://localhost:3000/index.html" />\n  </DefaultSettings>',
        /not https/,
      ],
      ['<DefaultLocale>pl-PL</DefaultLocale>', '<DefaultLocale>en-US</DefaultLocale>', /pl-PL/],
      [
        '<Override Locale="en-US" Value="Social-work standards" />',
        '',
        /DisplayName needs an en-US Override/,
      ],
      ['<Label resid="Group.Label" />', '<Label resid="Nowhere" />', /"Nowhere" is not declared/],
      ['<Host Name="Document" />', '<Host Name="Workbook" />', /only host must be Document/],
      ['</OfficeApp>', '', /does not parse/],
    ];
    for (const [from, to, problem] of cases) {
      expect(xml.includes(from), from).toBe(true);
      expect(checkManifestXml(xml.replace(from, to)).join('\n')).toMatch(problem);
    }
  });

  it('a copy for a centre server rewrites every URL and still validates', () => {
    const copy = manifestFor(xml, 'https://intranet.osrodek.local/standardy');
    expect(copy.replace(/<!--[\s\S]*?-->/g, '')).not.toContain('localhost');
    expect(copy).toContain(
      '<SourceLocation DefaultValue="https://intranet.osrodek.local/standardy/index.html" />',
    );
    expect(copy).toContain('<AppDomain>https://intranet.osrodek.local</AppDomain>');
    expect(checkManifestXml(copy)).toEqual([]);
    expect(() => manifestFor(xml, 'http://intranet/standardy/')).toThrow(/https/);
  });
});
