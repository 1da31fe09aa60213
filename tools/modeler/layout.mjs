// Adds diagram layout (BPMN DI) to a BPMN file written by hand, so Camunda Modeler opens it.
// Usage: node tools/modeler/layout.mjs processes/x.bpmn   (rewrites the file in place)
// A file that already has DI is left alone: Modeler owns the layout from then on.
import { layoutProcess } from 'bpmn-auto-layout';
import fs from 'node:fs';

for (const file of process.argv.slice(2)) {
  const xml = fs.readFileSync(file, 'utf8');
  if (xml.includes('bpmndi:BPMNDiagram')) {
    console.log(`${file}: has a layout, left alone`);
    continue;
  }
  fs.writeFileSync(file, await layoutProcess(xml));
  console.log(`${file}: laid out`);
}
