package org.caseexplorer.app;
public class Launcher { public static void main(String[] a) {} }
