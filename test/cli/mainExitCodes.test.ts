import { main } from '../../src/cli/main';
import { openFileHost } from '../../src/hosts/file/openFileHost';

jest.mock('../../src/hosts/file/openFileHost', () => ({ openFileHost: jest.fn() }));

const openSourceMock = openFileHost as jest.MockedFunction<typeof openFileHost>;

async function runMain(argv: string[]): Promise<{ status: number; stderr: string }> {
  let stderr = '';
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { status: await main(argv), stderr };
  } finally {
    spy.mockRestore();
  }
}

describe('main: an unexpected bug', () => {
  const saved = process.env.ABC_DEBUG;
  afterEach(() => {
    if (saved === undefined) delete process.env.ABC_DEBUG;
    else process.env.ABC_DEBUG = saved;
  });

  test('exits 1 with its message and no stack trace', async () => {
    delete process.env.ABC_DEBUG;
    openSourceMock.mockRejectedValueOnce(new TypeError('x is not a function'));
    const run = await runMain(['sales.csv']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'abc-segmenter: unexpected error: x is not a function (set ABC_DEBUG=1 for details)\n',
    );
  });

  test('shows the stack when ABC_DEBUG is set', async () => {
    process.env.ABC_DEBUG = '1';
    openSourceMock.mockRejectedValueOnce(new TypeError('x is not a function'));
    const run = await runMain(['sales.csv']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/TypeError: x is not a function\n\s+at /);
  });
});
