import { describePanel, screenshot, signIn } from './browser';

describePanel('key locations in the panel', (session) => {
  it('a grid worker adds a key location to its grid and finds it in its list', async () => {
    const { page, app } = session;
    const name = `E2E学校${Date.now().toString().slice(-6)}`;

    await signIn(page, app.url, 'gridworker');
    await page.locator('a[href="#/keyLocations"]').first().click();
    await page.getByText('鼓楼社区1号网格').first().waitFor();
    await page.locator('a[href="#/keyLocations/create"]').click();
    await page.locator('input[name="gridId"]').fill('1号');
    await page.getByRole('option', { name: '1号网格' }).click();
    await page.locator('input[name="name"]').fill(name);
    await page.locator('input[name="kind"]').fill('学校');
    await page.locator('input[name="address"]').fill('鼓楼社区东门外');
    await screenshot(page, 'key-locations-01-create');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/#\/keyLocations$/);
    await page.getByText(name).waitFor();
    await screenshot(page, 'key-locations-02-list');
    const [row] = await app.query<{ kind: string; address: string }>('select kind, address from key_location where name = ?', [name]);
    expect(row).toEqual({ kind: '学校', address: '鼓楼社区东门外' });
  });
});
