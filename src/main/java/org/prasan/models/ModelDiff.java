package org.prasan.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.xml.transform.dom.DOMSource;
import org.camunda.bpm.model.xml.ModelInstance;
import org.prasan.modellint.ModelFile;
import org.w3c.dom.Attr;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What changed between a model and the deployed version of it, by element id: the elements
 * only the new file has, the ones only the deployed version has, and the ones whose own
 * content differs (attributes, extension properties, conditions, connections). Diagram
 * layout (BPMN DI, DMN DI) is left out: moving a shape changes nothing that runs. An element
 * inside another is its own entry, so a changed task does not mark its process changed.
 */
final class ModelDiff {

  private static final String DI_NAMESPACE_PART = "/DI";

  /** One element: its id, its kind ({@code userTask}, {@code textfield}) and its name. */
  record Element(String id, String type, String name) {
  }

  /** The differences of one file from {@code deployedVersion} (null: nothing deployed yet). */
  record FileDiff(String file, ModelKind kind, String key, Integer deployedVersion,
                  List<Element> added, List<Element> removed, List<Element> changed) {
  }

  private ModelDiff() {
  }

  static FileDiff between(ModelFile upload, ModelKind kind, String key, DeployedModel deployed,
                          ModelFile deployedFile) {
    Map<String, Entry> now = entries(upload);
    Map<String, Entry> before = deployedFile == null ? Map.of() : entries(deployedFile);
    List<Element> added = new ArrayList<>();
    List<Element> changed = new ArrayList<>();
    now.forEach((id, entry) -> {
      Entry was = before.get(id);
      if (was == null) {
        added.add(entry.element());
      } else if (!was.signature().equals(entry.signature())) {
        changed.add(entry.element());
      }
    });
    List<Element> removed = before.entrySet().stream()
        .filter(was -> !now.containsKey(was.getKey())).map(was -> was.getValue().element())
        .toList();
    return new FileDiff(upload.name(), kind, key, deployed == null ? null : deployed.version(),
        added, removed, changed);
  }

  private record Entry(Element element, String signature) {
  }

  private static Map<String, Entry> entries(ModelFile file) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    if (file instanceof ModelFile.Form form) {
      collect(form.json(), entries);
    } else {
      ModelInstance model = file instanceof ModelFile.Bpmn bpmn ? bpmn.model()
          : ((ModelFile.Dmn) file).model();
      Node root = ((DOMSource) model.getDocument().getDomSource()).getNode();
      collect(root instanceof org.w3c.dom.Document document ? document.getDocumentElement()
          : (org.w3c.dom.Element) root, entries);
    }
    return entries;
  }

  private static void collect(org.w3c.dom.Element element, Map<String, Entry> entries) {
    if (isDiagram(element)) {
      return;
    }
    String id = element.getAttribute("id");
    if (!id.isEmpty() && !entries.containsKey(id)) {
      entries.put(id, new Entry(new Element(id, element.getLocalName(),
          element.getAttribute("name").isEmpty() ? null : element.getAttribute("name")),
          signature(element)));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof org.w3c.dom.Element childElement) {
        collect(childElement, entries);
      }
    }
  }

  /** The element's own content: children with ids of their own stand in by their id alone. */
  private static String signature(org.w3c.dom.Element element) {
    StringBuilder text = new StringBuilder(element.getLocalName()).append('{');
    Map<String, String> attributes = new TreeMap<>();
    NamedNodeMap all = element.getAttributes();
    for (int i = 0; i < all.getLength(); i++) {
      Attr attribute = (Attr) all.item(i);
      if (!attribute.getName().startsWith("xmlns")) {
        attributes.put(Objects.toString(attribute.getNamespaceURI(), "") + ":"
            + attribute.getLocalName(), attribute.getValue());
      }
    }
    text.append(attributes);
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof org.w3c.dom.Element childElement) {
        if (isDiagram(childElement)) {
          continue;
        }
        String childId = childElement.getAttribute("id");
        text.append(childId.isEmpty() ? signature(childElement) : "#" + childId);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        String value = child.getNodeValue().strip();
        if (!value.isEmpty()) {
          text.append('"').append(value).append('"');
        }
      }
    }
    return text.append('}').toString();
  }

  private static boolean isDiagram(org.w3c.dom.Element element) {
    String namespace = element.getNamespaceURI();
    return namespace != null && namespace.toUpperCase(java.util.Locale.ROOT).contains(DI_NAMESPACE_PART);
  }

  /** form-js components by id; a group's or table's children are entries of their own. */
  private static void collect(JsonNode node, Map<String, Entry> entries) {
    if (node.isObject()) {
      String id = node.path("id").asText("");
      if (!id.isEmpty() && !entries.containsKey(id)) {
        String name = node.hasNonNull("label") ? node.get("label").asText()
            : node.hasNonNull("key") ? node.get("key").asText() : null;
        entries.put(id, new Entry(new Element(id, node.path("type").asText(null), name),
            formSignature(node)));
      }
      node.forEach(child -> collect(child, entries));
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, entries));
    }
  }

  private static String formSignature(JsonNode node) {
    if (node.isObject()) {
      StringBuilder text = new StringBuilder("{");
      new TreeMap<String, JsonNode>(toMap(node)).forEach((name, value) -> {
        if (!name.equals("exporter") && !name.equals("layout")) {
          text.append(name).append('=').append(value.isObject() && value.hasNonNull("id")
              ? "#" + value.get("id").asText() : formSignature(value)).append(';');
        }
      });
      return text.append('}').toString();
    }
    if (node.isArray()) {
      StringBuilder text = new StringBuilder("[");
      node.forEach(item -> text.append(item.isObject() && item.hasNonNull("id")
          ? "#" + item.get("id").asText() : formSignature(item)).append(','));
      return text.append(']').toString();
    }
    return node.toString();
  }

  private static Map<String, JsonNode> toMap(JsonNode node) {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    node.fields().forEachRemaining(field -> map.put(field.getKey(), field.getValue()));
    return map;
  }
}
