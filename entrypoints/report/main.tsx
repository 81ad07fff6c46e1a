import { render } from 'preact';
import { ReportApp } from './App';
import '../../components/style.css';
import './report.css';

render(<ReportApp captureId={new URLSearchParams(location.search).get('capture')} />, document.getElementById('app')!);
