import { render } from 'preact';
import { PopupApp } from './App';
import '../../components/style.css';
import './popup.css';

render(<PopupApp />, document.getElementById('app')!);
