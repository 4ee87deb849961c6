// Lists every Mission city by following the API's `next` links: plain fetch, no library.
const status = document.getElementById('status');
const body = document.getElementById('cities');

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text; // API text is always rendered as text, never as HTML.
  return td;
}

async function listAll() {
  let url = new URL('/v1/cities?limit=100&sort=country', location.href).href;
  let count = 0;
  while (url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`The API answered ${response.status}`);
    const page = await response.json();
    for (const city of page.data) {
      const row = document.createElement('tr');
      const label = city.missionLabel.awarded ? `Round ${city.missionLabel.round} (${city.missionLabel.date.value})` : 'None found';
      row.append(cell(city.name), cell(city.countryName), cell(label));
      body.append(row);
      count += 1;
    }
    url = page.next;
  }
  status.textContent = `${count} Mission cities.`;
}

listAll().catch((error) => {
  status.textContent = `Could not load the cities: ${error.message}`;
});
