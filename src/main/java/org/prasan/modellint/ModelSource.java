package org.prasan.modellint;

import java.util.Arrays;
import java.util.Locale;

/**
 * The raw bytes of one model file and the name findings call it by ({@code processes/x.bpmn},
 * an uploaded file name, a classpath resource). Nothing is parsed yet.
 */
public record ModelSource(String name, byte[] content) {

  public static final String BPMN = ".bpmn";
  public static final String DMN = ".dmn";
  public static final String FORM = ".form";

  public ModelSource {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /** The file name without folders and extension: what a process or form id must equal. */
  public String baseName() {
    String fileName = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? fileName : fileName.substring(0, dot);
  }

  public boolean isBpmn() {
    return hasExtension(BPMN);
  }

  public boolean isDmn() {
    return hasExtension(DMN);
  }

  public boolean isForm() {
    return hasExtension(FORM);
  }

  public static boolean isModelFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(BPMN) || lower.endsWith(DMN) || lower.endsWith(FORM);
  }

  private boolean hasExtension(String extension) {
    return name.toLowerCase(Locale.ROOT).endsWith(extension);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ModelSource source && source.name.equals(name)
        && Arrays.equals(source.content, content);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "ModelSource[" + name + ", " + content.length + " bytes]";
  }
}
