import { render } from 'preact';

render(<main><h1>Backstory options</h1></main>, document.getElementById('app')!);
