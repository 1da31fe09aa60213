package org.prasan.modellint;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.xml.ModelException;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Rule ML00 {@code readable-model}: a file is well-formed XML that is BPMN or DMN, or a form-js
 * JSON document with an id. Anything else becomes one finding, never a stack trace. XML is
 * first read by a parser that refuses any DOCTYPE, so no external entity is ever resolved.
 */
public final class ModelReader {

  public static final String CODE = "ML00";
  public static final String NAME = "readable-model";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** What reading one file gave: the parsed model, or the finding why there is none. */
  public record Result(ModelFile file, Finding finding) {

    static Result of(ModelFile file) {
      return new Result(file, null);
    }

    static Result failed(Finding finding) {
      return new Result(null, finding);
    }

    public boolean isRead() {
      return file != null;
    }
  }

  public Result read(ModelSource source) {
    if (source.isBpmn()) {
      return readXml(source, "BPMN 2.0 process model", () ->
          new ModelFile.Bpmn(source, Bpmn.readModelFromStream(stream(source))));
    }
    if (source.isDmn()) {
      return readXml(source, "DMN decision model", () ->
          new ModelFile.Dmn(source, Dmn.readModelFromStream(stream(source))));
    }
    if (source.isForm()) {
      return readForm(source);
    }
    return Result.failed(finding(source, "is not a model file (.bpmn, .dmn or .form).",
        "Rename the file with the extension of its kind, or leave it out."));
  }

  private interface XmlModelParser {
    ModelFile parse();
  }

  private Result readXml(ModelSource source, String kind, XmlModelParser parser) {
    String problem = wellFormednessProblem(source);
    if (problem != null) {
      return Result.failed(finding(source, problem,
          "Save the file again from Camunda Modeler; do not edit the XML by hand."));
    }
    try {
      return Result.of(parser.parse());
    } catch (ModelException notAModel) {
      return Result.failed(finding(source, "is not a " + kind + ": " + firstLine(notAModel) + ".",
          "Open and save it in Camunda Modeler (Camunda Platform 7); a " + kind
              + " belongs in a file of that kind."));
    }
  }

  /** Null when the bytes are well-formed XML without a DOCTYPE, else what is wrong. */
  private static String wellFormednessProblem(ModelSource source) {
    try {
      DocumentBuilder builder = secureDocumentBuilderFactory().newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler());
      builder.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("external entities are not allowed");
      });
      builder.parse(stream(source));
      return null;
    } catch (SAXParseException malformed) {
      if (malformed.getMessage() != null && malformed.getMessage().contains("DOCTYPE")) {
        return "declares a DOCTYPE (line " + malformed.getLineNumber()
            + "); DOCTYPEs and external entities are not allowed in models.";
      }
      return "is not well-formed XML (line " + malformed.getLineNumber() + ", column "
          + malformed.getColumnNumber() + "): " + malformed.getMessage();
    } catch (SAXException | IOException unreadable) {
      return "is not well-formed XML: " + unreadable.getMessage();
    } catch (ParserConfigurationException impossible) {
      throw new IllegalStateException("The XML parser cannot be secured", impossible);
    }
  }

  private static DocumentBuilderFactory secureDocumentBuilderFactory()
      throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }

  private Result readForm(ModelSource source) {
    JsonNode json;
    try {
      json = JSON.readTree(source.content());
    } catch (JsonParseException malformed) {
      return Result.failed(finding(source, "is not well-formed JSON (line "
              + malformed.getLocation().getLineNr() + ", column "
              + malformed.getLocation().getColumnNr() + "): " + malformed.getOriginalMessage() + ".",
          "Save the form again from Camunda Modeler's form editor."));
    } catch (JsonProcessingException malformed) {
      return Result.failed(finding(source, "is not well-formed JSON: "
          + malformed.getOriginalMessage() + ".", "Save the form again from Camunda Modeler."));
    } catch (IOException unreadable) {
      return Result.failed(finding(source, "cannot be read: " + unreadable.getMessage() + ".",
          "Save the form again from Camunda Modeler."));
    }
    if (json == null || !json.isObject() || !json.path("id").isTextual()
        || json.path("id").asText().isBlank() || !json.path("components").isArray()) {
      return Result.failed(finding(source,
          "is not a Camunda form: it needs a JSON object with an \"id\" and \"components\".",
          "Create the form in Camunda Modeler's form editor and give it the id "
              + source.baseName() + "."));
    }
    return Result.of(new ModelFile.Form(source, json, json.get("id").asText()));
  }

  private static Finding finding(ModelSource source, String message, String fix) {
    return new Finding(CODE, NAME, Severity.ERROR, source.name(), null,
        "The file " + message, fix);
  }

  private static String firstLine(Exception exception) {
    Throwable cause = exception;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? exception.getMessage() : cause.getMessage();
    if (message == null) {
      return cause.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  private static ByteArrayInputStream stream(ModelSource source) {
    return new ByteArrayInputStream(source.content());
  }
}
